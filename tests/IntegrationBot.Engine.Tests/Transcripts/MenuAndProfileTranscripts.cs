using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Transcripts;

public sealed class MenuAndProfileTranscripts
{
    [Fact]
    public async Task Welcome_then_text_prompt_accepts_a_name()
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation("de-DE"), """
            join
            bot: Root_Welcome
            buttons: Root_Profile, Root_Counter
            user: Profil anlegen
            bot: Profile_AskName
            user: Anna
            bot: Profile_AskGroupSize
            """);
    }
}
