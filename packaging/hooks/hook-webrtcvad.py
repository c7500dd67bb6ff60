# PyInstaller hook for `webrtcvad` as installed by the webrtcvad-wheels distribution (listening
# ears). It replaces pyinstaller-hooks-contrib's hook, which copies the metadata of a
# distribution called "webrtcvad" and fails when only webrtcvad-wheels is installed.
from PyInstaller.utils.hooks import copy_metadata

datas = copy_metadata("webrtcvad-wheels")
