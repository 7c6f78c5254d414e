namespace InfraDesigner.Domain.Storage;

public enum ShareAccess
{
    ReadOnly,
    ReadWrite,
}
