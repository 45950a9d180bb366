namespace IntegrationBot.Recognizers.Phone;

/// <summary>Phone numbers in national and international formats; the same in every language.</summary>
public static class PhoneRecognizer
{
    public const string TypeName = "phonenumber";

    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<ModelResult>? results = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!PhoneRules.IsStart(text, i))
            {
                i++;
                continue;
            }
            var scanned = PhoneScanner.TryScan(text, i, out var candidate);
            if (scanned && PhoneRules.Accept(text, candidate))
            {
                var value = text[candidate.Start..candidate.End];
                (results ??= []).Add(new ModelResult(value, candidate.Start, candidate.End - 1, TypeName,
                    new SequenceResolution(value, Score(candidate))));
            }
            // A refused run is skipped whole: "5111 1111 1111 1111" must not yield its last three groups.
            i = Math.Max(i + 1, candidate.End);
        }
        return results ?? (IReadOnlyList<ModelResult>)[];
    }

    /// <summary>The first phone number in <paramref name="text"/>, as written.</summary>
    public static bool TryRecognize(string text, out string number)
    {
        var results = Recognize(text);
        number = results.Count > 0 ? ((SequenceResolution)results[0].Resolution).Value : "";
        return results.Count > 0;
    }

    // A rough confidence: formatted numbers are surer than a bare run of digits.
    private static double Score(in PhoneCandidate candidate) =>
        candidate.IsStrong ? 1.0 : candidate.Groups > 1 ? 0.8 : 0.6;
}
