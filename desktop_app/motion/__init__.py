"""The body in motion: a MuJoCo body model following the choreography, poses as a pure
function of (step, t), cameras and scenes to draw. No Qt."""

from __future__ import annotations

import os

from desktop_app.motion.body import ARMS_CHOICES, JOINT_NAMES, Arms, Bone
from desktop_app.motion.camera import Camera, fit_camera, floor_bounds
from desktop_app.motion.export import poses_document
from desktop_app.motion.plan import SPINE, Part3Leader, leader_label, orientation_words
from desktop_app.motion.scene import Glow, Label, Scene, SceneBuilder, Shape, floor_shapes
from desktop_app.motion.timeline import Pose, Timeline, cached_timeline, timeline

# The figure is drawn with Qt, never with MuJoCo's OpenGL renderer: without this `import
# mujoco` loads GLFW through cffi and its C parser (a fifth of a second and a few MiB). The
# modules above import mujoco only inside their functions, so this comes first all the same;
# a MUJOCO_GL the person chose still wins.
os.environ.setdefault("MUJOCO_GL", "disable")

__all__ = [
    "ARMS_CHOICES",
    "JOINT_NAMES",
    "SPINE",
    "Arms",
    "Bone",
    "Camera",
    "Glow",
    "Label",
    "Part3Leader",
    "Pose",
    "Scene",
    "SceneBuilder",
    "Shape",
    "Timeline",
    "cached_timeline",
    "fit_camera",
    "floor_bounds",
    "floor_shapes",
    "leader_label",
    "orientation_words",
    "poses_document",
    "timeline",
]
