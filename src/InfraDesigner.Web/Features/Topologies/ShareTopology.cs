using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>
/// The owner gives an account (by <see cref="Email"/>) or a group (by <see cref="Group"/> name) "viewer" or "editor"
/// access to the topology, or takes it back with "none"; answers false when there is no such topology. The owner's
/// own access cannot be changed this way. Each change is a line of the change log.
/// </summary>
public sealed record ShareTopology(Guid Id, string? Email, string? Access, string? Group = null) : IRequest<bool>, ITopologyRequest
{
    public static readonly IReadOnlyList<string> Levels = [TopologyAccessNames.None, TopologyAccessNames.Viewer, TopologyAccessNames.Editor];

    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Owner;

    internal TopologyAccess Level => Enum.Parse<TopologyAccess>(Access!, ignoreCase: true);

    internal sealed class Validator : IValidator<ShareTopology>
    {
        public IEnumerable<FieldError> Validate(ShareTopology request)
        {
            var (byEmail, byGroup) = (!string.IsNullOrWhiteSpace(request.Email), !string.IsNullOrWhiteSpace(request.Group));
            if (!byEmail && !byGroup) yield return new("email", "The email of the account (or the name of the group) to share with is required.");
            if (byEmail && byGroup) yield return new("group", "Share with an account or a group, not both at once.");
            if (request.Access is null || !Levels.Contains(request.Access, StringComparer.OrdinalIgnoreCase))
                yield return new("access", $"'{request.Access}' is not one of {string.Join(", ", Levels)}.");
        }
    }

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, UserManager<IdentityUser> users, CurrentUser user, TimeProvider clock) : IRequestHandler<ShareTopology, bool>
    {
        public async ValueTask<bool> Handle(ShareTopology request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.Topologies.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken) is not { } topology) return false;
            var (who, had) = string.IsNullOrWhiteSpace(request.Group)
                ? await WithAccountAsync(db, topology, request, cancellationToken)
                : await WithGroupAsync(db, request, cancellationToken);
            db.AuditLog.Add(new AuditScope(user.Author, clock.GetUtcNow(), request.Id, topology.Name, null)
                .Entry(AuditAction.Shared, who, TopologyAccessNames.Of(had), TopologyAccessNames.Of(request.Level)));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        private async Task<(string Who, TopologyAccess Had)> WithAccountAsync(AppDbContext db, TopologyRecord topology, ShareTopology request, CancellationToken cancellationToken)
        {
            var account = await users.FindByEmailAsync(request.Email!.Trim())
                ?? throw new RequestValidationException([new("email", $"There is no account with the email '{request.Email!.Trim()}'.")]);
            if (topology.OwnerId == account.Id)
                throw new RequestValidationException([new("email", "That is the owner's account; the owner always has full access.")]);
            var share = await db.TopologyShares.SingleOrDefaultAsync(s => s.TopologyId == request.Id && s.UserId == account.Id, cancellationToken);
            return (account.Email!, Grant(db.TopologyShares, share, request.Level,
                () => new TopologyShareRecord { TopologyId = request.Id, UserId = account.Id, Access = request.Level }));
        }

        private static async Task<(string Who, TopologyAccess Had)> WithGroupAsync(AppDbContext db, ShareTopology request, CancellationToken cancellationToken)
        {
            var name = request.Group!.Trim();
            var group = await db.Groups.SingleOrDefaultAsync(g => g.Name == name, cancellationToken)
                ?? throw new RequestValidationException([new("group", $"There is no group named '{name}'.")]);
            var share = await db.TopologyGroupShares.SingleOrDefaultAsync(s => s.TopologyId == request.Id && s.GroupId == group.Id, cancellationToken);
            return ($"group {group.Name}", Grant(db.TopologyGroupShares, share, request.Level,
                () => new TopologyGroupShareRecord { TopologyId = request.Id, GroupId = group.Id, Access = request.Level }));
        }

        /// <summary>Gives the access (none: takes the share away); answers what was had before.</summary>
        private static TopologyAccess Grant<T>(DbSet<T> shares, T? share, TopologyAccess level, Func<T> made) where T : class, IAccessGrant
        {
            var had = share?.Access ?? TopologyAccess.None;
            if (level == TopologyAccess.None)
            {
                if (share is not null) shares.Remove(share);
            }
            else if (share is null) shares.Add(made());
            else share.Access = level;
            return had;
        }
    }
}
