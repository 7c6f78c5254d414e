namespace InfraDesigner.Web.Features.Topologies;

public sealed record TopologySummary(Guid Id, string Name, string Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
