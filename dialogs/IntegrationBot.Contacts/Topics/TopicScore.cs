namespace IntegrationBot.Contacts.Topics;

/// <summary>A topic and how strongly a description points at it (the sum of the matched lexicon weights).</summary>
public readonly record struct TopicScore(Topic Topic, double Score);

/// <summary>The topics a description points at, best first; empty when nothing matched.</summary>
public sealed record TopicRanking(IReadOnlyList<TopicScore> Scores)
{
    public static TopicRanking Empty { get; } = new([]);

    public TopicScore? Best => Scores.Count > 0 ? Scores[0] : null;

    public IEnumerable<Topic> Top(int count) => Scores.Take(count).Select(s => s.Topic);

    /// <summary>
    /// Whether the best topic is a safe answer: strong enough, and far enough ahead of the runner-up that a guess
    /// between the two would not be a coin toss.
    /// </summary>
    public bool IsClear(ClassifierThresholds thresholds)
    {
        if (Best is not { } best || best.Score < thresholds.MinimumScore)
            return false;
        return Scores.Count < 2 || best.Score - Scores[1].Score >= thresholds.MinimumLead;
    }
}

/// <param name="MinimumScore">Below this the finder asks guiding questions (default 1: one ordinary lexicon match).</param>
/// <param name="MinimumLead">How far the best topic must lead the runner-up (default 0.5).</param>
public sealed record ClassifierThresholds(double MinimumScore = 1.0, double MinimumLead = 0.5);
