namespace InfraDesigner.Diagrams.Routing;

/// <summary>The host's verdict on a link the user is drawing: allowed, or refused with a reason to show.</summary>
public sealed record LinkValidation(bool IsValid, string? Reason)
{
    public static readonly LinkValidation Ok = new(true, null);

    public static LinkValidation Refuse(string reason) => new(false, reason);
}
