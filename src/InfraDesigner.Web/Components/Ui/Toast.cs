namespace InfraDesigner.Web.Components.Ui;

public sealed record Toast(long Id, string Message, ToastKind Kind);
