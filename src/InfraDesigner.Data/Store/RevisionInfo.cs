namespace InfraDesigner.Data.Store;

public sealed record RevisionInfo(Guid Id, int Number, string Name, DateTimeOffset CreatedAt);
