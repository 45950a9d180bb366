namespace IntegrationBot.Flows.Registration;

/// <summary>What the registration flow collects, step by step; persisted with the flow.</summary>
public sealed class RegistrationDraft
{
    /// <summary>"yyyy-MM", "field:&lt;code&gt;" or "all".</summary>
    public string? Filter { get; set; }
    public string? EventId { get; set; }
    public int Persons { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Need { get; set; }
    public string? NeedDetail { get; set; }
    public DateTimeOffset? ConsentAt { get; set; }
}

/// <summary>Values of the needs choice.</summary>
public static class NeedChoices
{
    public const string None = "none";
    public const string Interpreter = "interpreter";
    public const string Accessibility = "accessibility";
    public const string Childcare = "childcare";
    public const string Other = "other";
}
