namespace IntegrationBot.TextAnalytics.Tests;

public sealed class NoTranslatorTests
{
    [Fact]
    public async Task It_says_it_is_not_configured_and_refuses_to_translate()
    {
        var translator = new NoTranslator();

        Assert.False(translator.IsConfigured);
        await Assert.ThrowsAsync<InvalidOperationException>(() => translator.TranslateAsync(["Hallo"], "de", null, TestContext.Current.CancellationToken));
    }
}
