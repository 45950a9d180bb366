using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Flows.Contacts;

/// <summary>What the contact finder has worked out so far. Never the description itself: it is classified and dropped.</summary>
public sealed class ContactDraft
{
    /// <summary>The topic, once the description or a guiding answer settled it.</summary>
    public Topic? Topic { get; set; }

    /// <summary>The person asked for a human instead of a directory entry.</summary>
    public bool Handoff { get; set; }
}
