namespace IntegrationBot.Contacts.Monitoring;

/// <summary>How a contact search ended.</summary>
public enum ContactOutcome
{
    Helped,
    NotHelped,
    Handoff,
}

/// <summary>
/// One finished search, as counted: topic, language, channel and outcome, nothing else. No text, no user or
/// conversation id, no time finer than the table's counters, so the counts are not personal data.
/// </summary>
public sealed record ContactFinderOutcome(string Topic, string Language, string Channel, ContactOutcome Outcome)
{
    /// <summary>The topic value of a search that ended before a topic was known (a direct handoff).</summary>
    public const string NoTopic = "none";
}

public sealed record ContactFinderCount(string Topic, string Language, string Channel, ContactOutcome Outcome, long Count);

/// <summary>Counts finished contact searches; coordinators read the counts through the API.</summary>
public interface IContactFinderStats
{
    Task RecordAsync(ContactFinderOutcome outcome, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContactFinderCount>> ReadAsync(CancellationToken cancellationToken);
}
