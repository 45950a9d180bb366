using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Host.Auth;

/// <summary>How the bot's Entra app registration authenticates (the Bot Framework SDK's <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>
/// The bot's identity, bound from the configuration root with the key names Azure Bot Service templates and the
/// Bot Framework SDK use, so existing App Service settings work unchanged (protocol notes §2.4).
/// </summary>
public sealed class BotCredentialsOptions : IValidatableObject
{
    /// <summary>The Microsoft App ID of the Azure Bot registration.</summary>
    /// <value>Empty by default, which disables authentication (local Emulator use only, §2.5).</value>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret; required with an app id unless the type is <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Your Entra tenant; required for <c>SingleTenant</c> and <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    /// <value>The default (also when empty, as ARM templates often leave it) is <c>MultiTenant</c>.</value>
    public string? MicrosoftAppType { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string AppId => MicrosoftAppId?.Trim() ?? "";

    public string? TenantId => string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? null : MicrosoftAppTenantId.Trim();

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; an invalid value fails validation at start-up.</summary>
    public BotAppType AppType => TryParseAppType(MicrosoftAppType, out var type) ? type : BotAppType.MultiTenant;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TryParseAppType(MicrosoftAppType, out _))
        {
            yield return new ValidationResult("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.", [nameof(MicrosoftAppType)]);
            yield break;
        }
        if (!IsAuthenticationEnabled)
            yield break;
        if (AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && TenantId is null)
            yield return new ValidationResult($"MicrosoftAppTenantId is required when MicrosoftAppType is {AppType}.", [nameof(MicrosoftAppTenantId)]);
        if (AppType is not BotAppType.UserAssignedMSI && string.IsNullOrEmpty(MicrosoftAppPassword))
            yield return new ValidationResult("MicrosoftAppPassword is required when MicrosoftAppId is set (the Connector token needs it).", [nameof(MicrosoftAppPassword)]);
    }

    private static bool TryParseAppType(string? text, out BotAppType type)
    {
        type = BotAppType.MultiTenant;
        return string.IsNullOrWhiteSpace(text)
            || (!char.IsDigit(text.Trim()[0]) && Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type));
    }
}
