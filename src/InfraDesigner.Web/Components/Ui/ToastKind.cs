namespace InfraDesigner.Web.Components.Ui;

public enum ToastKind { Info, Success, Warning, Error }
