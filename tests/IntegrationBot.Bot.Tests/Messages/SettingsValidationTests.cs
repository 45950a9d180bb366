using IntegrationBot.Host.Auth;
using IntegrationBot.Host.Connector;
using IntegrationBot.Host.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Bot.Tests.Messages;

/// <summary>
/// Wrong settings stop the host at start-up (ValidateOnStart). Checked through <see cref="IStartupValidator"/>, which is
/// what the host runs first on start, because a failing WebApplicationFactory start races its own disposal.
/// </summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public void Defaults_are_valid_and_documented_values_apply()
    {
        using var services = Services([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(256 * 1024, services.GetRequiredService<IOptions<BotEndpointOptions>>().Value.MaxRequestBytes);
        Assert.False(services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.IsAuthenticationEnabled);
        Assert.Equal(TimeSpan.FromMinutes(5), services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.ClockSkew);
    }

    [Theory]
    [InlineData("Bot:MaxRequestBytes", "10")]
    [InlineData("MicrosoftAppType", "Sometimes")]
    [InlineData("MicrosoftAppType", "1")]
    [InlineData("Bot:Connector:MaxRetryAttempts", "99")]
    [InlineData("Bot:Connector:TokenAuthority", "not a url")]
    [InlineData("Bot:Authentication:ChannelOpenIdMetadataUrl", "not a url")]
    [InlineData("Bot:Authentication:ClockSkew", "02:00:00")]
    public void Invalid_setting_fails_start_up_validation(string key, string value)
    {
        using var services = Services(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Theory]
    [InlineData("MultiTenant", null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "pw", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", null, "MicrosoftAppTenantId")]
    public void App_id_without_the_credentials_its_type_needs_fails_start_up_validation(string type, string? password, string missing)
    {
        using var services = Services(new() { ["MicrosoftAppId"] = "a-b-c", ["MicrosoftAppType"] = type, ["MicrosoftAppPassword"] = password });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("singletenant")]
    public void App_type_is_read_case_insensitively_and_empty_means_multi_tenant(string type)
    {
        using var services = Services(new() { ["MicrosoftAppType"] = type });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(type == "" ? BotAppType.MultiTenant : BotAppType.SingleTenant, services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.AppType);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddBotAuthentication(configuration)
            .AddConnectorClient(configuration)
            .AddBotMessages(configuration)
            .BuildServiceProvider();
    }
}
