using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Who the topology is shared with (groups first, then accounts), for its owner; null when there is no such topology.</summary>
public sealed record ListShares(Guid Id) : IRequest<IReadOnlyList<ShareView>?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Owner;

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory) : IRequestHandler<ListShares, IReadOnlyList<ShareView>?>
    {
        public async ValueTask<IReadOnlyList<ShareView>?> Handle(ListShares request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var accounts = await (from share in db.TopologyShares
                                  join user in db.Users on share.UserId equals user.Id
                                  where share.TopologyId == request.Id
                                  orderby user.Email
                                  select new { user.Email, share.Access }).ToListAsync(cancellationToken);
            var groups = await (from share in db.TopologyGroupShares
                                join grp in db.Groups on share.GroupId equals grp.Id
                                where share.TopologyId == request.Id
                                orderby grp.Name
                                select new { grp.Name, share.Access }).ToListAsync(cancellationToken);
            return [
                .. groups.Select(g => new ShareView(null, g.Name, TopologyAccessNames.Of(g.Access))),
                .. accounts.Select(s => new ShareView(s.Email ?? "", null, TopologyAccessNames.Of(s.Access))),
            ];
        }
    }
}

/// <summary>One share: with an account (<see cref="Email"/>) or with a group (<see cref="Group"/>).</summary>
public sealed record ShareView(string? Email, string? Group, string Access);
