using InfraDesigner.Data.Store;
using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>
/// The owner gives an account "viewer" or "editor" access to the topology, or takes it back with "none"; answers false
/// when there is no such topology. The owner's own access cannot be changed this way.
/// </summary>
public sealed record ShareTopology(Guid Id, string? Email, string? Access) : IRequest<bool>, ITopologyRequest
{
    public static readonly IReadOnlyList<string> Levels = [TopologyAccessNames.None, TopologyAccessNames.Viewer, TopologyAccessNames.Editor];

    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Owner;

    internal TopologyAccess Level => Enum.Parse<TopologyAccess>(Access!, ignoreCase: true);

    internal sealed class Validator : IValidator<ShareTopology>
    {
        public IEnumerable<FieldError> Validate(ShareTopology request)
        {
            if (string.IsNullOrWhiteSpace(request.Email)) yield return new("email", "The email of the account to share with is required.");
            if (request.Access is null || !Levels.Contains(request.Access, StringComparer.OrdinalIgnoreCase))
                yield return new("access", $"'{request.Access}' is not one of {string.Join(", ", Levels)}.");
        }
    }

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, UserManager<IdentityUser> users, CurrentUser user, TimeProvider clock) : IRequestHandler<ShareTopology, bool>
    {
        public async ValueTask<bool> Handle(ShareTopology request, CancellationToken cancellationToken)
        {
            var account = await users.FindByEmailAsync(request.Email!.Trim())
                ?? throw new RequestValidationException([new("email", $"There is no account with the email '{request.Email!.Trim()}'.")]);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await db.Topologies.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken) is not { } topology) return false;
            if (topology.OwnerId == account.Id)
                throw new RequestValidationException([new("email", "That is the owner's account; the owner always has full access.")]);
            var share = await db.TopologyShares.SingleOrDefaultAsync(s => s.TopologyId == request.Id && s.UserId == account.Id, cancellationToken);
            db.AuditLog.Add(new AuditScope(user.Author, clock.GetUtcNow(), request.Id, topology.Name, null)
                .Entry(AuditAction.Shared, account.Email, Named(share?.Access ?? TopologyAccess.None), Named(request.Level)));
            if (request.Level == TopologyAccess.None)
            {
                if (share is not null) db.TopologyShares.Remove(share);
            }
            else if (share is null) db.TopologyShares.Add(new TopologyShareRecord { TopologyId = request.Id, UserId = account.Id, Access = request.Level });
            else share.Access = request.Level;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        private static string Named(TopologyAccess access) => access.ToString().ToLowerInvariant();
    }
}
