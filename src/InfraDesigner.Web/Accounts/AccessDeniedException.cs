namespace InfraDesigner.Web.Accounts;

/// <summary>The asker is signed in but may not do this (a 403 over the API and the hub, a warning toast in the app).</summary>
public class AccessDeniedException(string message) : Exception(message);
