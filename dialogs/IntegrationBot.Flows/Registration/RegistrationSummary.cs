using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Flows.Events;

namespace IntegrationBot.Flows.Registration;

/// <summary>The draft as the person reviews it before confirming, and as the store keeps its needs.</summary>
public static class RegistrationSummary
{
    public static Text Of(RegistrationDraft draft, EventRecord e, IBotTexts texts, string language)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(texts);
        var contact = draft.Email ?? draft.Phone ?? texts["Registration_NoContact", []];
        return Text.Of("Registration_Summary",
            e.Title,
            EventFormat.Date(e.Start, language),
            EventFormat.Time(e, language),
            EventFormat.Place(e, texts),
            draft.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture),
            draft.Name ?? string.Empty,
            contact,
            NeedText(draft, texts));
    }

    public static string NeedText(RegistrationDraft draft, IBotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(texts);
        var need = draft.Need switch
        {
            NeedChoices.Interpreter => texts["Registration_Need_Interpreter", []],
            NeedChoices.Accessibility => texts["Registration_Need_Accessibility", []],
            NeedChoices.Childcare => texts["Registration_Need_Childcare", []],
            NeedChoices.Other => texts["Registration_Need_Other", []],
            _ => texts["Registration_Need_None", []],
        };
        return string.IsNullOrWhiteSpace(draft.NeedDetail) ? need : need + ": " + draft.NeedDetail.Trim();
    }

    public static RegistrationNeeds Needs(RegistrationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Need switch
        {
            NeedChoices.Interpreter => new RegistrationNeeds(InterpreterLanguage: draft.NeedDetail?.Trim()),
            NeedChoices.Accessibility => new RegistrationNeeds(Accessibility: true),
            NeedChoices.Childcare => new RegistrationNeeds(Childcare: true),
            NeedChoices.Other => new RegistrationNeeds(Note: draft.NeedDetail?.Trim()),
            _ => RegistrationNeeds.None,
        };
    }
}
