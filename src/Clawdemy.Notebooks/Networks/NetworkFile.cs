using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks;

/// <summary>
/// Networks stored as JSON (see data/README.md): <c>{"format": "clawdemy-network/1", "shape": "784-16-16-10",
/// "activation": "Sigmoid", "seed", "epochs", "testAccuracy", "description", "layers": [{"weights": [[row of
/// inputs] per neuron], "biases": [one per neuron]}]}</c>. Weights are stored as W[neuron][input], rounded to 6 decimals.
/// </summary>
public static class NetworkFile
{
    /// <summary>The format tag every file carries.</summary>
    public const string FormatTag = "clawdemy-network/1";

    /// <summary>Reads a stored network.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The network and its facts.</returns>
    /// <exception cref="FileNotFoundException">When the file is missing.</exception>
    /// <exception cref="FormatException">When it is not a network file; the message names the file and the field.</exception>
    public static StoredNetwork Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not valid JSON ({e.Message})");
        }

        if ((string?)root?["format"] != FormatTag) throw new FormatException($"{path}: field \"format\" is not \"{FormatTag}\"");
        try
        {
            var activation = Activations.Named((string?)root["activation"] ?? "");
            var layers = root["layers"]!.AsArray().Select((layer, i) =>
            {
                var rows = layer!["weights"]!.AsArray().Select(r => r!.AsArray().Select(v => (double)v!).ToArray()).ToArray();
                var biases = layer["biases"]!.AsArray().Select(v => (double)v!).ToArray();
                return new DenseLayer(Matrix<double>.Build.DenseOfRowArrays(rows), Vector<double>.Build.DenseOfArray(biases), activation);
            });
            var network = new Network(layers);
            var shape = (string?)root["shape"];
            if (shape != network.Shape.ToString()) throw new FormatException($"{path}: field \"shape\" says {shape} but the layers make {network.Shape}");
            return new StoredNetwork(network, (int)root["seed"]!, (int)root["epochs"]!, (double)root["testAccuracy"]!, (string?)root["description"] ?? "");
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{path}: not a complete network file ({e.Message})");
        }
    }

    /// <summary>A network and its facts as the JSON <see cref="Load"/> reads, parameters rounded to six places (the data tool writes it to disk).</summary>
    /// <param name="stored">The network and its facts.</param>
    public static string ToJson(StoredNetwork stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var network = stored.Network;
        var json = new JsonObject
        {
            ["format"] = FormatTag,
            ["shape"] = network.Shape.ToString(),
            ["activation"] = network.Layers[0].Activation.Name,
            ["seed"] = stored.Seed,
            ["epochs"] = stored.Epochs,
            ["testAccuracy"] = Math.Round(stored.TestAccuracy, 4),
            ["description"] = stored.Description,
            ["layers"] = new JsonArray(network.Layers.Select(layer => (JsonNode)new JsonObject
            {
                ["weights"] = new JsonArray(Enumerable.Range(0, layer.Outputs)
                    .Select(j => (JsonNode)new JsonArray(layer.Weights.Row(j).Select(w => (JsonNode)Math.Round(w, 6)).ToArray())).ToArray()),
                ["biases"] = new JsonArray(layer.Biases.Select(b => (JsonNode)Math.Round(b, 6)).ToArray()),
            }).ToArray()),
        };
        return json.ToJsonString() + "\n";
    }
}
