using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Mediation;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Creates an empty topology with a name and an optional description.</summary>
public sealed record CreateTopology(string Name, string? Description) : IRequest<TopologySummary>
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

    internal sealed class Validator : IValidator<CreateTopology>
    {
        public IEnumerable<FieldError> Validate(CreateTopology request)
        {
            if (string.IsNullOrWhiteSpace(request.Name))
                yield return new FieldError("name", "A name is required.");
            else if (request.Name.Trim().Length > MaxNameLength)
                yield return new FieldError("name", $"A name has at most {MaxNameLength} characters.");
            if (request.Description?.Length > MaxDescriptionLength)
                yield return new FieldError("description", $"A description has at most {MaxDescriptionLength} characters.");
        }
    }

    internal sealed class Handler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock) : IRequestHandler<CreateTopology, TopologySummary>
    {
        public async Task<TopologySummary> Handle(CreateTopology request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var record = new TopologyRecord
            {
                Id = Guid.CreateVersion7(now),
                Name = request.Name.Trim(),
                Description = request.Description?.Trim() ?? "",
                CreatedAt = now,
                UpdatedAt = now,
            };
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Topologies.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return new TopologySummary(record.Id, record.Name, record.Description, record.CreatedAt, record.UpdatedAt);
        }
    }
}
