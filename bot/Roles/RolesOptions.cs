namespace IntegrationBot.Host.Roles;

/// <summary>Staff and coordinators by Entra object id (section <c>Roles</c>); everybody else is a resident.</summary>
public sealed class RolesOptions
{
    public const string SectionName = "Roles";

    /// <summary>Entra object ids (<c>aadObjectId</c> in Teams) of coordinators.</summary>
    /// <value>The default is empty: nobody is a coordinator.</value>
    public IList<string> Coordinators { get; } = [];

    /// <summary>Entra object ids of staff.</summary>
    /// <value>The default is empty: nobody is staff.</value>
    public IList<string> Staff { get; } = [];
}
