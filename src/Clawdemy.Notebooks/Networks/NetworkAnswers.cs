namespace Clawdemy.Notebooks;

/// <summary>
/// One network's answer (its largest output) for every digit of a set, computed once, with what follows from them:
/// the accuracy, the accuracy per true digit and the confusion counts. Two networks' answers on the same digits can
/// then be compared digit by digit (<see cref="Disagreement"/>, <see cref="SameAnswersAs"/>).
/// </summary>
public sealed class NetworkAnswers
{
    /// <summary>Answers every digit of the set.</summary>
    /// <param name="name">What to call the network, such as "trained, seed 7".</param>
    /// <param name="network">A network with 784 inputs and 10 outputs.</param>
    /// <param name="digits">The digits.</param>
    /// <exception cref="ArgumentNullException">When the network or the digits are null.</exception>
    /// <exception cref="ArgumentException">When the name is empty, or the network does not take 784 inputs.</exception>
    public NetworkAnswers(string name, Network network, DigitSet digits)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(digits);
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Name the network.", nameof(name));
        Name = name;
        Network = network;
        Digits = digits;
        Answers = digits.Digits.Select(d => network.Predict(d.Pixels)).ToArray();
    }

    /// <summary>What the network is called.</summary>
    public string Name { get; }

    /// <summary>The network that answered.</summary>
    public Network Network { get; }

    /// <summary>The digits it answered.</summary>
    public DigitSet Digits { get; }

    /// <summary>Its answer for each digit, in the set's order.</summary>
    public IReadOnlyList<int> Answers { get; }

    /// <summary>The digits whose label is the answer, out of all of them (n/a for no digits).</summary>
    public Accuracy Accuracy => new(Enumerable.Range(0, Digits.Count).Count(IsRight), Digits.Count);

    /// <summary>Whether the answer for one digit is its label.</summary>
    /// <param name="index">The digit's position in the set, from 0.</param>
    /// <returns>True when the answer is right.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the position is outside the set.</exception>
    public bool IsRight(int index) => Answers[index] == Digits[index].Label;

    /// <summary>
    /// The accuracy on each true digit 0 to 9: of the digits labelled d, the share answered d. A label with no digits
    /// gives an accuracy of 0 out of 0 (its fraction is NaN).
    /// </summary>
    /// <returns>Ten accuracies, for labels 0 to 9.</returns>
    public IReadOnlyList<Accuracy> ByDigit() => Enumerable.Range(0, 10)
        .Select(label =>
        {
            var of = Enumerable.Range(0, Digits.Count).Where(i => Digits[i].Label == label).ToArray();
            return new Accuracy(of.Count(IsRight), of.Length);
        })
        .ToArray();

    /// <summary>How many digits of each label got each answer: counts[label][answer]; the diagonal holds the right answers.</summary>
    /// <returns>Ten rows of ten counts.</returns>
    public int[][] Confusion()
    {
        var counts = Enumerable.Range(0, 10).Select(_ => new int[10]).ToArray();
        for (var i = 0; i < Digits.Count; i++) counts[Digits[i].Label][Answers[i]]++;
        return counts;
    }

    /// <summary>On how many digits this network gives the same answer as another, answering the same digits.</summary>
    /// <param name="other">The other network's answers.</param>
    /// <returns>0 to the number of digits; all of them when the two behave alike on this set.</returns>
    /// <exception cref="ArgumentException">When the two answered different digit sets.</exception>
    public int SameAnswersAs(NetworkAnswers other)
    {
        RequireSameDigits(other);
        return Enumerable.Range(0, Answers.Count).Count(i => Answers[i] == other.Answers[i]);
    }

    /// <summary>The answers in a line, such as "trained, seed 7: 784-16-16-10, 83.8% right".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Network.Shape}, {Accuracy} right";

    internal void RequireSameDigits(NetworkAnswers other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.Digits, Digits))
        {
            throw new ArgumentException($"{Name} and {other.Name} answered different digit sets; compare answers on the same DigitSet.", nameof(other));
        }
    }
}
