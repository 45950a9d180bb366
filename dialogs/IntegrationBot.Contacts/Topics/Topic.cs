namespace IntegrationBot.Contacts.Topics;

/// <summary>The topics of Münster's integration chain a resident may ask about; the values are persisted by name.</summary>
public enum Topic
{
    Arrival,
    ResidenceLaw,
    ChanceResidence,
    Naturalisation,
    LanguageCourses,
    Recognition,
    Work,
    Housing,
    Health,
    ChildrenYouthSchool,
    SocialBenefits,
    Participation,
    Discrimination,
    Leitbild,
}
