namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>Category names as Azure AI Language reports them, so both analysers fill <see cref="PiiEntity"/> alike.</summary>
public static class PiiCategories
{
    public const string Email = "Email";
    public const string PhoneNumber = "PhoneNumber";
    public const string Address = "Address";
    public const string Person = "Person";
}
