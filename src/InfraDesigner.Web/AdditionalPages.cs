using System.Reflection;

namespace InfraDesigner.Web;

/// <summary>
/// Assemblies whose routable components the app serves beside its own. The product has none; a host that
/// builds on the app (the canvas comparison in bench/) registers its own before <c>AddInfraDesignerWeb</c>.
/// </summary>
public sealed record AdditionalPages(IReadOnlyList<Assembly> Assemblies);
