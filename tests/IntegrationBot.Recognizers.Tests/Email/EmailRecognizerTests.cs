using IntegrationBot.Recognizers.Email;

namespace IntegrationBot.Recognizers.Tests.Email;

public sealed class EmailRecognizerTests
{
    [Theory]
    [InlineData("Schreib an Anna.Berg@muenster.de bitte", "anna.berg@muenster.de")]
    [InlineData("v-abc@microsoft.com", "v-abc@microsoft.com")]
    public void Addresses_are_found_and_lower_cased(string text, string expected)
    {
        Assert.True(EmailRecognizer.TryRecognize(text, out var address));
        Assert.Equal(expected, address);
    }

    [Theory]
    [InlineData("Alice@abc is invalid")]
    [InlineData("a..bc@outlook.com")]
    [InlineData(".abc@hotmail.com")]
    public void Malformed_addresses_are_refused_whole(string text)
    {
        Assert.Empty(EmailRecognizer.Recognize(text));
    }
}
