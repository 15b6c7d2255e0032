FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04
SHELL ["pwsh", "-NoLogo", "-NoProfile", "-Command"]
RUN $ErrorActionPreference = 'Stop'; Install-Module -Name Pester -Force
ENV POWERSHELL_TELEMETRY_OPTOUT=1
WORKDIR /scripts
COPY ./scripts/ /scripts/
CMD ["pwsh", "-File", "/scripts/run.ps1"]
