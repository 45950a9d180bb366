using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Audit;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Storage.Tests.Ideas;

/// <summary>One provider's idea store (all three roles) and audit log on a fresh, migrated database.</summary>
public sealed record IdeaStoreUnderTest(IIdeaStore Ideas, IIdeaProcessingStore Processing, IIdeaReviewStore Review, IAuditLog Audit, IAsyncDisposable? Owner);

internal static class IdeaTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static readonly ChannelUser Amina = new("webchat", "u-amina");

    public static NewIdea Idea(string activity, ChannelUser? author = null, string text = "Mehr Sprachkurse am Abend", string language = "de", string field = "bildung-sprachen") => new()
    {
        Key = new RequestKey("webchat", "conv-1", activity),
        Text = text,
        Language = language,
        Channel = "webchat",
        Field = field,
        SuggestedField = "bildung-sprachen",
        Neighbourhood = "Kinderhaus",
        Author = author,
        AuthorName = author is null ? null : "Amina K.",
        AuthorContact = author is null ? null : "amina@example.org",
        ConsentAt = Now.AddMinutes(-2),
    };
}
