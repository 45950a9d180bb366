using IntegrationBot.Contacts.Topics;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Flows.Contacts;

/// <summary>The buttons of the guiding questions: topics, broad areas, "something else" and "a person, please".</summary>
public static class ContactChoices
{
    public const string SomethingElse = "other";
    public const string Person = "person";

    public static Choice For(Topic topic) => new(topic.ToString(), TitleOf(topic));

    public static Text TitleOf(Topic topic) => Text.Of("Contacts_Topic_" + topic);

    public static IReadOnlyList<Choice> Candidates(IEnumerable<Topic> topics) =>
        [.. topics.Select(For), new Choice(SomethingElse, Text.Of("Contacts_SomethingElse"))];

    public static IReadOnlyList<Choice> Areas { get; } =
    [
        .. TopicAreas.All.Select(area => new Choice(area, Text.Of("Contacts_Area_" + area.Replace("-", "", StringComparison.Ordinal)))),
        new Choice(Person, Text.Of("Contacts_Area_person"), "Contacts_Area_person_Synonyms"),
    ];

    public static bool TryTopic(string? value, out Topic topic) => Enum.TryParse(value, ignoreCase: false, out topic) && Enum.IsDefined(topic);
}
