using IntegrationBot.Flows.Roles;

namespace IntegrationBot.Host.Roles;

/// <summary>Registers <see cref="IUserRoles"/> with its configuration.</summary>
public static class RoleServices
{
    public static IServiceCollection AddUserRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RolesOptions>().Bind(configuration.GetSection(RolesOptions.SectionName));
        services.AddSingleton<IUserRoles, ConfiguredUserRoles>();
        return services;
    }
}
