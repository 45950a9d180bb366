using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Transcripts;

/// <summary>"Delete my data" asks a yes/no question; it must understand yes and no in every shipped language.</summary>
public sealed class ConfirmInEveryLanguageTranscripts
{
    [Theory]
    [InlineData("de-DE", "Meine Daten löschen", "ja klar", "nein danke")]
    [InlineData("en-US", "delete my data", "yes please", "no")]
    [InlineData("ar-SA", "حذف بياناتي", "نعم", "لا")]
    [InlineData("tr-TR", "verilerimi sil", "evet", "hayır")]
    [InlineData("uk-UA", "видалити мої дані", "так", "ні")]
    [InlineData("ru-RU", "удалить мои данные", "да", "нет")]
    [InlineData("fa-IR", "حذف داده‌های من", "بله", "نه")]
    [InlineData("nl-NL", "mijn gegevens verwijderen", "ja hoor", "nee")]
    public async Task Yes_and_no_are_understood(string locale, string deleteCommand, string yes, string no)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: {deleteCommand}
            bot: Engine_ConfirmDelete
            user: {no}
            bot: Engine_DeleteCancelled
            bot: Root_Menu
            user: {deleteCommand}
            bot: Engine_ConfirmDelete
            user: {yes}
            bot: Engine_DataDeleted
            bot: Root_Menu
            """);
    }
}
