using IntegrationBot.Schema;

namespace IntegrationBot.Flows.Roles;

/// <summary>Who someone is to the bot; ordered, so a coordinator can do what staff can.</summary>
public enum UserRole
{
    Resident,
    Staff,
    Coordinator,
}

/// <summary>
/// The role of the person behind an activity. Flows ask it before offering staff or coordinator functions; anybody the
/// bot cannot identify reliably (Web Chat, the Emulator, an unauthenticated host) is a resident.
/// </summary>
public interface IUserRoles
{
    UserRole RoleOf(Activity activity);
}

public static class UserRoleExtensions
{
    public static bool IsAtLeast(this UserRole role, UserRole required) => role >= required;
}
