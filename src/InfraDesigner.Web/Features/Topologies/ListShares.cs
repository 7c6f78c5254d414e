using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Who the topology is shared with, for its owner; null when there is no such topology.</summary>
public sealed record ListShares(Guid Id) : IRequest<IReadOnlyList<ShareView>?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;
    TopologyAccess ITopologyRequest.Needs => TopologyAccess.Owner;

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory) : IRequestHandler<ListShares, IReadOnlyList<ShareView>?>
    {
        public async ValueTask<IReadOnlyList<ShareView>?> Handle(ListShares request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var shares = await (from share in db.TopologyShares
                                join user in db.Users on share.UserId equals user.Id
                                where share.TopologyId == request.Id
                                orderby user.Email
                                select new { user.Email, share.Access }).ToListAsync(cancellationToken);
            return [.. shares.Select(s => new ShareView(s.Email ?? "", s.Access.ToString().ToLowerInvariant()))];
        }
    }
}

public sealed record ShareView(string Email, string Access);
