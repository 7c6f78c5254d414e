using System.Security.Claims;
using InfraDesigner.Data.Store;

namespace InfraDesigner.Web.Accounts;

/// <summary>
/// Who the use cases act for, in every scope: a request (set by <see cref="CurrentUserMiddleware"/>), a hub call
/// (<see cref="CurrentUserHubFilter"/>) or a circuit (<see cref="CurrentUserCircuitHandler"/>). Anonymous until set.
/// </summary>
public sealed class CurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());

    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsAdmin => Principal.IsInRole(Roles.Admin);

    /// <summary>How the change log names this user's changes.</summary>
    public ChangeAuthor Author => new(Id, DisplayName.Of(Principal));
}
