namespace Microsoft.DotNet.Interactive;

/// <summary>A password read with <see cref="Kernel.GetPasswordAsync"/>: it prints as asterisks.</summary>
public sealed class PasswordString(string password)
{
    /// <summary>The password as typed.</summary>
    public string GetClearTextPassword() => password;

    /// <summary>Asterisks, never the password.</summary>
    public override string ToString() => "************";
}
