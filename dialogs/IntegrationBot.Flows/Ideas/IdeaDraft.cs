namespace IntegrationBot.Flows.Ideas;

/// <summary>What the idea flow collects, step by step; persisted with the flow.</summary>
public sealed class IdeaDraft
{
    /// <summary>The idea as typed; several messages are joined by line breaks.</summary>
    public string? Text { get; set; }

    /// <summary>The Handlungsfeld code the resident picked or confirmed.</summary>
    public string? Field { get; set; }

    /// <summary>The Handlungsfeld the bot suggested from the text (kept even when the resident picked another).</summary>
    public string? SuggestedField { get; set; }

    public string? Neighbourhood { get; set; }

    /// <summary>True when the resident submits with their name; false for an anonymous idea.</summary>
    public bool Named { get; set; }

    public string? Name { get; set; }

    /// <summary>E-mail address or phone number, optional.</summary>
    public string? Contact { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }

    /// <summary>
    /// The activity id of the turn that showed the summary. The store's request key is built from it, so a "yes"
    /// repeated after a failure whose write did reach the database still stores the idea once.
    /// </summary>
    public string? RequestId { get; set; }
}

/// <summary>Values of the choices the idea flow offers besides the Handlungsfelder.</summary>
public static class IdeaChoices
{
    public const string Done = "done";
    public const string Named = "named";
    public const string Anonymous = "anonymous";
}
