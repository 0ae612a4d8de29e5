# Build the lean one-folder bundle of RegionRoll Desktop on Windows, check it, run its
# self-test and pack it into a per-user installer:
#   ./packaging/build.ps1   -> dist\regionroll\regionroll.exe (the window)
#                              dist\regionroll\regionroll-cli.exe (the command line)
#                              dist\RegionRoll-<version>-windows-x64-setup.exe
# Needs uv and Inno Setup 6 (iscc.exe; preinstalled on GitHub's Windows runners, else
# `winget install JRSoftware.InnoSetup`).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$env:UV_PROJECT_ENVIRONMENT = Join-Path (Get-Location) "build\package-env"

function Invoke-Checked {
    param([string[]]$Command)
    & $Command[0] $Command[1..($Command.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $($Command -join ' ')" }
}

$run = @("uv", "run", "--no-default-groups", "--group", "package")
Invoke-Checked ($run + @("python", "packaging/prepare.py"))
Invoke-Checked ($run + @("pyinstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build/pyinstaller", "packaging/regionroll.spec"))
$version = (& $run[0] $run[1..($run.Length - 1)] python -c "import regionroll_desktop as r; print(r.__version__)").Trim()

# No test or developer package inside, the folder within its size limit.
Invoke-Checked ($run + @("python", "packaging/check_bundle.py", "dist/regionroll"))

# The smoke test: the built program opens the sample workshop in its window, loads both
# Swedish translations, saves and reads back a file, and exports.
$out = Join-Path $env:TEMP ("regionroll-self-test-" + [guid]::NewGuid())
Invoke-Checked @("dist\regionroll\regionroll-cli.exe", "self-test", "--out", $out)

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Invoke-Checked @($iscc, "/Qp", "/DAppVersion=$version", "packaging\windows\regionroll.iss")
Write-Host "Installer: dist\RegionRoll-$version-windows-x64-setup.exe"
