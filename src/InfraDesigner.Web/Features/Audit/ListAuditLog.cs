using InfraDesigner.Data;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Audit;

/// <summary>The change log across topologies: an admin's covers every topology (deleted ones too), anyone else's the ones they may view.</summary>
public sealed record ListAuditLog(AuditFilter Filter) : IRequest<AuditPage>
{
    internal sealed class Validator : IValidator<ListAuditLog>
    {
        public IEnumerable<FieldError> Validate(ListAuditLog request) => request.Filter.Errors();
    }

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, TopologyAccessCheck access) : IRequestHandler<ListAuditLog, AuditPage>
    {
        public async ValueTask<AuditPage> Handle(ListAuditLog request, CancellationToken cancellationToken)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await AuditQuery.PageAsync(db, request.Filter, access.VisibleIds(db), cancellationToken);
        }
    }
}
