namespace InfraDesigner.Domain.Documents;

internal sealed class FormatVersionException(string message) : Exception(message);
