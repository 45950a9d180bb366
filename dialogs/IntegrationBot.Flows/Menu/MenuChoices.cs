using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Flows.Menu;

/// <summary>The entries of the main menu, in the order they are shown.</summary>
public static class MenuChoices
{
    public const string Register = "register";
    public const string Idea = "idea";
    public const string Contact = "contact";
    public const string Dates = "dates";
    public const string Language = "language";

    public static IReadOnlyList<Choice> All { get; } =
    [
        new(Register, Text.Of("Menu_Register"), "Menu_Register_Synonyms"),
        new(Idea, Text.Of("Menu_Idea"), "Menu_Idea_Synonyms"),
        new(Contact, Text.Of("Menu_Contact"), "Menu_Contact_Synonyms"),
        new(Dates, Text.Of("Menu_Dates"), "Menu_Dates_Synonyms"),
        new(Language, Text.Of("Menu_Language"), "Menu_Language_Synonyms"),
    ];
}
