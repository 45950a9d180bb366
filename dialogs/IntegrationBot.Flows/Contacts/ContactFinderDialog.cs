using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Contacts.Topics;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Flows.Contacts;

/// <summary>
/// "Who can help me?": the resident describes the situation in their own words and language; a clear description
/// gets one to three contacts at once, an unclear one two or three guiding questions instead of a guess. Then
/// "did this help?"; a no, or asking for a person, says how to reach a human at the Kommunales Integrationszentrum.
/// </summary>
public sealed class ContactFinderDialog(TopicClassifier classifier, IContactDirectory directory, IContactFinderStats stats, ClassifierThresholds thresholds)
    : Waterfall<ContactDraft>(DialogId, version: 1)
{
    public const string DialogId = "contacts.finder";

    public override Text? Help => Text.Of("Contacts_Help");

    protected override IReadOnlyList<WaterfallStep<ContactDraft>> Steps =>
        [AskForNeed, AskWhichTopicUnlessClear, AskAreaIfStillOpen, AskTopicInArea, ShowContactsAndAskIfHelped, ThankOrHandOver];

    private Task<DialogTurnResult> AskForNeed(StepContext<ContactDraft> step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Contacts_AskNeed")) { Max = 1000 }, cancellationToken);

    /// <summary>Classifies the description (then forgets it); a close call between topics becomes a question.</summary>
    private Task<DialogTurnResult> AskWhichTopicUnlessClear(StepContext<ContactDraft> step, CancellationToken cancellationToken)
    {
        var ranking = classifier.Classify(step.ResultAs<string>());
        if (ranking.IsClear(thresholds))
        {
            step.Draft.Topic = ranking.Best!.Value.Topic;
            return step.NextAsync(null, cancellationToken);
        }
        if (ranking.Scores.Count == 0)
            return step.NextAsync(ContactChoices.SomethingElse, cancellationToken);
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Contacts_WhichTopic"))
        {
            Choices = ContactChoices.Candidates(ranking.Top(3)),
        }, cancellationToken);
    }

    /// <summary>Records a chosen topic; with none yet, asks for the broad area (or a person).</summary>
    private Task<DialogTurnResult> AskAreaIfStillOpen(StepContext<ContactDraft> step, CancellationToken cancellationToken)
    {
        if (ContactChoices.TryTopic(step.Result as string, out var chosen))
            step.Draft.Topic = chosen;
        if (step.Draft.Topic is not null)
            return step.NextAsync(null, cancellationToken);
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Contacts_AskArea")) { Choices = ContactChoices.Areas }, cancellationToken);
    }

    /// <summary>Narrows an area down to a topic; "a person, please" skips to the handoff.</summary>
    private Task<DialogTurnResult> AskTopicInArea(StepContext<ContactDraft> step, CancellationToken cancellationToken)
    {
        if (step.Draft.Topic is not null)
            return step.NextAsync(null, cancellationToken);
        var area = step.ResultAs<string>();
        if (area == ContactChoices.Person)
        {
            step.Draft.Handoff = true;
            return step.NextAsync(null, cancellationToken);
        }
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Contacts_AskTopic"))
        {
            Choices = [.. TopicAreas.TopicsOf(area).Select(ContactChoices.For)],
        }, cancellationToken);
    }

    /// <summary>Shows up to three contacts for the topic as cards, then asks whether that helped.</summary>
    private async Task<DialogTurnResult> ShowContactsAndAskIfHelped(StepContext<ContactDraft> step, CancellationToken cancellationToken)
    {
        if (ContactChoices.TryTopic(step.Result as string, out var chosen))
            step.Draft.Topic = chosen;
        if (step.Draft.Handoff || step.Draft.Topic is not { } topic)
        {
            await HandOverAsync(step, ContactOutcome.Handoff, cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var entries = await directory.ListAsync(cancellationToken).ConfigureAwait(false);
        var contacts = ContactFinder.For(topic, entries);
        if (contacts.Count == 0)
        {
            // A coordinator removed every entry for the topic: a person is the only honest answer.
            await HandOverAsync(step, ContactOutcome.Handoff, cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        await step.SendAsync(Text.Of("Contacts_Found", step.Texts[ContactChoices.TitleOf(topic)]), cancellationToken).ConfigureAwait(false);
        foreach (var contact in contacts)
        {
            var parent = contact.ParentId is null ? null : entries.FirstOrDefault(e => e.Id == contact.ParentId)?.Name;
            await step.Dialogs.SendAsync(ContactCard.Render(step.Dialogs.Turn, step.Texts, contact, parent), cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of("Contacts_DidItHelp")), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts the outcome (topic, language, channel only); a "no" gets the way to a person.</summary>
    private async Task<DialogTurnResult> ThankOrHandOver(StepContext<ContactDraft> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<bool>())
        {
            await RecordAsync(step, ContactOutcome.Helped, cancellationToken).ConfigureAwait(false);
            await step.SendAsync(Text.Of("Contacts_Glad"), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await HandOverAsync(step, ContactOutcome.NotHelped, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandOverAsync(StepContext<ContactDraft> step, ContactOutcome outcome, CancellationToken cancellationToken)
    {
        await RecordAsync(step, outcome, cancellationToken).ConfigureAwait(false);
        var handoff = await ContactHandoff.DescribeAsync(directory, cancellationToken).ConfigureAwait(false);
        await step.SendAsync(handoff, cancellationToken).ConfigureAwait(false);
    }

    private Task RecordAsync(StepContext<ContactDraft> step, ContactOutcome outcome, CancellationToken cancellationToken)
    {
        var turn = step.Dialogs.Turn;
        var language = string.IsNullOrEmpty(turn.Locale) ? "de" : turn.Locale[..Math.Min(2, turn.Locale.Length)].ToLowerInvariant();
        var topic = step.Draft.Topic?.ToString() ?? ContactFinderOutcome.NoTopic;
        return stats.RecordAsync(new ContactFinderOutcome(topic, language, turn.Activity.ChannelId ?? "unknown", outcome), cancellationToken);
    }
}
