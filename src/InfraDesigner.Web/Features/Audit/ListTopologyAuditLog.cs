using InfraDesigner.Data;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Audit;

/// <summary>One topology's change log, for anyone who may view it; null when they may not.</summary>
public sealed record ListTopologyAuditLog(Guid Id, AuditFilter Filter) : IRequest<AuditPage?>, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    internal sealed class Validator : IValidator<ListTopologyAuditLog>
    {
        public IEnumerable<FieldError> Validate(ListTopologyAuditLog request) => request.Filter.Errors();
    }

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory) : IRequestHandler<ListTopologyAuditLog, AuditPage?>
    {
        public async ValueTask<AuditPage?> Handle(ListTopologyAuditLog request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await AuditQuery.PageAsync(db, request.Filter, db.Topologies.Where(t => t.Id == request.Id).Select(t => t.Id), cancellationToken);
        }
    }
}
