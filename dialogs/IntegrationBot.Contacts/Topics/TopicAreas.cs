namespace IntegrationBot.Contacts.Topics;

/// <summary>
/// The four broad areas the finder offers when a description names no topic: a first guiding question that a
/// resident can answer without knowing how the administration is organised.
/// </summary>
public static class TopicAreas
{
    public const string Papers = "papers";
    public const string LearningAndWork = "learning-work";
    public const string DailyLife = "daily-life";
    public const string TakingPart = "taking-part";

    public static IReadOnlyList<string> All { get; } = [Papers, LearningAndWork, DailyLife, TakingPart];

    public static IReadOnlyList<Topic> TopicsOf(string area) => area switch
    {
        Papers => [Topic.Arrival, Topic.ResidenceLaw, Topic.ChanceResidence, Topic.Naturalisation],
        LearningAndWork => [Topic.LanguageCourses, Topic.Recognition, Topic.Work],
        DailyLife => [Topic.Housing, Topic.Health, Topic.ChildrenYouthSchool, Topic.SocialBenefits],
        TakingPart => [Topic.Participation, Topic.Discrimination, Topic.Leitbild],
        _ => [],
    };
}
