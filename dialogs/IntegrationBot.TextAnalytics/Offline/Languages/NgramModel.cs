namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>
/// A naive Bayes model over character n-grams and whole words for the languages of one script. Immutable after
/// training, so one instance serves all threads. Log-probabilities are stored per feature as one array indexed by
/// language, so scoring a feature is one dictionary lookup for all languages at once.
/// </summary>
internal sealed class NgramModel
{
    // Additive smoothing: small, so an n-gram never seen in a language (Turkish "ğ" in Kurmanji) costs a lot.
    private const double Smoothing = 0.1;

    // Function words known from the hand-written lists count as if seen this often in the training text.
    private const int FunctionWordCount = 3;

    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> features;
    private readonly float[][] unseen;

    private NgramModel(IReadOnlyList<string> codes, Dictionary<string, float[]> features, float[][] unseen)
    {
        Codes = codes;
        this.features = features.GetAlternateLookup<ReadOnlySpan<char>>();
        this.unseen = unseen;
    }

    public IReadOnlyList<string> Codes { get; }

    public static NgramModel Train(IReadOnlyList<TrainingSample> samples)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var totals = new long[NgramFeatures.MaxOrder + 1, samples.Count];
        for (var language = 0; language < samples.Count; language++)
        {
            var state = new CountState(counts, totals, language, samples.Count, 1);
            NgramFeatures.Visit(samples[language].Text, int.MaxValue, ref state, Count);
            state = state with { Weight = FunctionWordCount };
            foreach (var word in samples[language].FunctionWords)
            {
                NgramFeatures.Visit(word, int.MaxValue, ref state, Count);
            }
        }

        var vocabulary = new int[NgramFeatures.MaxOrder + 1];
        foreach (var key in counts.Keys)
        {
            vocabulary[OrderOf(key)]++;
        }

        var logProbabilities = new Dictionary<string, float[]>(counts.Count, StringComparer.Ordinal);
        foreach (var (key, perLanguage) in counts)
        {
            var order = OrderOf(key);
            logProbabilities[key] = [.. perLanguage.Select((c, l) => LogProbability(c, totals[order, l], vocabulary[order]))];
        }

        var unseen = new float[NgramFeatures.MaxOrder + 1][];
        for (var order = 0; order <= NgramFeatures.MaxOrder; order++)
        {
            unseen[order] = [.. Enumerable.Range(0, samples.Count).Select(l => LogProbability(0, totals[order, l], vocabulary[order]))];
        }

        return new NgramModel([.. samples.Select(s => s.Code)], logProbabilities, unseen);
    }

    /// <summary>Adds each language's log-likelihood of <paramref name="text"/> to <paramref name="scores"/>; returns the feature count.</summary>
    public int Score(ReadOnlySpan<char> text, int maxLetters, double wordWeight, Span<double> scores)
    {
        var state = new ScoreState(this, wordWeight, new double[Codes.Count], 0);
        NgramFeatures.Visit(text, maxLetters, ref state, Add);
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] += state.Scores[l];
        }

        return state.Features;
    }

    private static void Add(ReadOnlySpan<char> feature, int order, ref ScoreState state)
    {
        var key = (Span<char>)stackalloc char[feature.Length + 1];
        key[0] = (char)('0' + order);
        feature.CopyTo(key[1..]);
        var weight = order == 0 ? state.WordWeight : 1.0;
        var model = state.Model;
        var probabilities = model.features.TryGetValue(key, out var known) ? known : model.unseen[order];
        for (var l = 0; l < probabilities.Length; l++)
        {
            state.Scores[l] += weight * probabilities[l];
        }

        state.Features++;
    }

    private static void Count(ReadOnlySpan<char> feature, int order, ref CountState state)
    {
        var key = (char)('0' + order) + feature.ToString();
        if (!state.Counts.TryGetValue(key, out var perLanguage))
        {
            perLanguage = new int[state.Languages];
            state.Counts[key] = perLanguage;
        }

        perLanguage[state.Language] += state.Weight;
        state.Totals[order, state.Language] += state.Weight;
    }

    private static int OrderOf(string key) => key[0] - '0';

    private static float LogProbability(int count, long total, int vocabulary) =>
        (float)Math.Log((count + Smoothing) / (total + (Smoothing * (vocabulary + 1))));

    private record struct CountState(Dictionary<string, int[]> Counts, long[,] Totals, int Language, int Languages, int Weight);

    private record struct ScoreState(NgramModel Model, double WordWeight, double[] Scores, int Features);
}
