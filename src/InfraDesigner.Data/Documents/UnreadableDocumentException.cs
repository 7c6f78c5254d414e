using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Data.Documents;

/// <summary>A stored document that cannot be read into the model, with what is wrong at which path.</summary>
public sealed class UnreadableDocumentException(IReadOnlyList<Problem> errors)
    : Exception($"The stored topology cannot be read: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}")
{
    public IReadOnlyList<Problem> Errors { get; } = errors;
}
