namespace InfraDesigner.Web.Features.Topologies;

public sealed record SampleSummary(string Name, string Title, string Description, int ElementCount);
