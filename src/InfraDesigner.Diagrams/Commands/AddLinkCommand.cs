using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Commands;

public sealed class AddLinkCommand(LinkModel link) : IDiagramCommand
{
    public string Name => "Add link";

    public void Execute(Diagram diagram) => diagram.AttachLink(link);

    public void Undo(Diagram diagram) => diagram.DetachLink(link);
}
