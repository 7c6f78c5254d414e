namespace InfraDesigner.Domain.Services;

/// <summary>What an element is for; a label with default services (see <see cref="ApplicationRoleCatalogue"/>).</summary>
public enum ApplicationRole
{
    Web,
    Api,
    Batch,
    Db,
    EaiHub,
    Sap,
    Dns,
    Proxy,
    Storage,
}
